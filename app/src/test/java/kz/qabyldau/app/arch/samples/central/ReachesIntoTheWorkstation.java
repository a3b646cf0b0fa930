package kz.qabyldau.app.arch.samples.central;

import kz.qabyldau.app.arch.samples.ui.UsesSql;

/** Wrong on purpose: the simulator stands for another system, yet uses the workstation's own classes. */
public class ReachesIntoTheWorkstation {
    final UsesSql workstation = new UsesSql();
}

package kz.qabyldau.app.arch.samples.law.verdict;

import java.io.File;

/** Wrong on purpose: a verdict that looks at a file while judging. */
public class ReadsAFile {
    boolean judge(String path) {
        return new File(path).exists();
    }
}

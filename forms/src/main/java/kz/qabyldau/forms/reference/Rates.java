package kz.qabyldau.forms.reference;

import kz.qabyldau.forms.reference.DataFiles.MciEdition;
import kz.qabyldau.forms.reference.DataFiles.PrepaymentEdition;
import kz.qabyldau.forms.reference.versioning.Versions;

/** The rates file: MCI by effective date and the prepayment rate by effective date. */
record Rates(Versions<MciEdition> mci, Versions<PrepaymentEdition> prepayment) {
}

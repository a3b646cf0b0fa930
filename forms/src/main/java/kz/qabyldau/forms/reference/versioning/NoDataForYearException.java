package kz.qabyldau.forms.reference.versioning;

/**
 * Asked about a year the reference data does not cover (a calendar year without its holiday
 * list, a year whose MCI is not yet known). Carries the year so the caller can say which data
 * must be updated.
 */
public class NoDataForYearException extends ReferenceDataException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final String dataSet;

    public NoDataForYearException(String dataSet, int year) {
        super("No " + dataSet + " data for year " + year
                + ": update the reference data (qabyldau/reference) for " + year);
        this.dataSet = dataSet;
        this.year = year;
    }

    /** The year that has no data. */
    public int year() {
        return year;
    }

    /** Which data set lacks the year ("calendar", "MCI"). */
    public String dataSet() {
        return dataSet;
    }
}

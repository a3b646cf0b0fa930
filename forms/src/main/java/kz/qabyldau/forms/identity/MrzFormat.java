package kz.qabyldau.forms.identity;

/** The machine-readable zone layouts of ICAO Doc 9303 the front office reads. */
public enum MrzFormat {
    /** ID card: three lines of 30 characters (Part 5). */
    TD1(3, 30),
    /** Passport: two lines of 44 characters (Part 4). */
    TD3(2, 44);

    private final int lines;
    private final int width;

    MrzFormat(int lines, int width) {
        this.lines = lines;
        this.width = width;
    }

    /** Number of lines. */
    public int lines() {
        return lines;
    }

    /** Characters per line. */
    public int width() {
        return width;
    }
}

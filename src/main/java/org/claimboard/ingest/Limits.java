package org.claimboard.ingest;

/** Column sizes of the schema, so an overlong extracted value is cut rather than failing the article. */
final class Limits {

    static final int NAME = 300;
    static final int OUTLET = 200;
    static final int VALUE = 300;
    static final int TITLE = 1000;
    static final int SOURCE = 2000;

    private Limits() {
    }

    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}

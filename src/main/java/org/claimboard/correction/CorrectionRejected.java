package org.claimboard.correction;

/** A correction that passed the form's checks but not the data's (unknown outlet, unknown country...). */
class CorrectionRejected extends RuntimeException {

    private final String field;
    private final String code;

    CorrectionRejected(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    /** The form field to show the error on. */
    String field() { return field; }

    /** The message key of the error. */
    String code() { return code; }
}

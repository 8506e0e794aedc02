package org.liaison.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A string of a request body that {@link TextRules} refuses; Jackson adds the field's path on the way out. */
public class UnacceptableTextException extends MismatchedInputException {

    private final String reason;

    UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** What is wrong with the text, worded as a field error ("must not contain control characters"). */
    public String reason() {
        return reason;
    }
}

package org.dicomharness.pacs.net;

/** Error Comment (0000,0902) is LO: at most 64 characters (PS3.7 C.4, PS3.5 Table 6.2-1). */
final class ErrorComments {

    static final int MAX = 64;

    private ErrorComments() {
    }

    /** The comment cut to 64 characters (the full text stays in the event log and the trace). */
    static String fit(String comment) {
        if (comment == null) {
            return null;
        }
        String oneLine = comment.replace('\n', ' ').replace('\r', ' ').replace('\\', '/');
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 3) + "...";
    }
}

package org.fengqiao.subject;

/** Where an import stands: still running (with rows done so far), done (with its result) or failed. */
public record ImportState(ImportResult result, Status status, int processed, int total) {

    /** The life of an import. */
    public enum Status { RUNNING, DONE, FAILED }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed / total);
    }
}

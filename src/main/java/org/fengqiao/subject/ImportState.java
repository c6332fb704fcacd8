package org.fengqiao.subject;

/** Where an import stands: still running (with rows done so far), done (with its result) or failed. */
record ImportState(ImportResult result, Status status, int processed, int total) {

    enum Status { RUNNING, DONE, FAILED }

    int percent() {
        return total == 0 ? 100 : (int) (100L * processed / total);
    }
}

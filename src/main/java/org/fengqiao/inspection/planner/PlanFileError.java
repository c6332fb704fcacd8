package org.fengqiao.inspection.planner;

/** A planning input file is malformed: which file, which line, which column, and what is wrong. */
public class PlanFileError extends RuntimeException {

    public PlanFileError(String file, int line, String column, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (column == null ? "" : " [" + column + "]") + ": " + problem);
    }
}

package org.fengqiao.triage.classifier;

/** One row of a message file: {@code id,title,body,time,label}. */
public record LabelledMessage(String id, String title, String body, String label) {

    /** What the classifier always reads. */
    public String text() {
        return title + "\n" + body;
    }
}

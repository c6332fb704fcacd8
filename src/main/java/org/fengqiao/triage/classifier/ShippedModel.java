package org.fengqiao.triage.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The model that ships inside the application: {@code classpath:triage/model.bin.gz}, version 1. */
public final class ShippedModel {

    public static final String RESOURCE = "triage/model.bin.gz";

    private ShippedModel() {
    }

    public static TextModel load() {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped model " + RESOURCE + " is missing from the classpath; "
                        + "train it with ./fengqiao triage train FILE.csv");
            }
            return TextModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

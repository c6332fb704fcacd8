package org.fengqiao.triage;

import java.util.Map;
import java.util.Optional;

import org.fengqiao.triage.classifier.ShippedModel;
import org.fengqiao.triage.classifier.TextModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The model in use. Loaded once (the shipped one as version 1 unless the database names another active version)
 * and swapped whole when an admin activates a version.
 */
@Component
class ActiveModel {

    private static final Logger log = LoggerFactory.getLogger(ActiveModel.class);

    /** A model and its version number. */
    record Loaded(int version, TextModel model) {
    }

    private final ModelVersions versions;
    private volatile Loaded current;

    ActiveModel(ModelVersions versions) {
        this.versions = versions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        get();
    }

    Loaded get() {
        Loaded loaded = current;
        if (loaded == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                loaded = current;
            }
        }
        return loaded;
    }

    /** Switches to a stored version; the caller has marked it active. */
    synchronized void use(int version) {
        current = new Loaded(version, model(version));
    }

    TextModel model(int version) {
        Optional<byte[]> bytes = versions.bytes(version);
        return bytes.map(TextModel::fromBytes).orElseGet(ShippedModel::load);
    }

    private Loaded load() {
        long start = System.nanoTime();
        TextModel shipped = ShippedModel.load();
        Map<String, String> info = shipped.info();
        versions.registerShipped(Integer.parseInt(info.getOrDefault("rows", "0")), number(info.get("cv_macro_f1")),
                number(info.get("cv_accuracy")), number(info.get("cv_ece")));
        int version = versions.active().map(ModelVersion::version).orElse(1);
        TextModel model = version == 1 ? shipped : model(version);
        model.probabilities("预热");
        log.info("Triage model version {} loaded in {} ms", version, (System.nanoTime() - start) / 1_000_000);
        return new Loaded(version, model);
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}

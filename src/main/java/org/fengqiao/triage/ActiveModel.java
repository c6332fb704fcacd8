package org.fengqiao.triage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.fengqiao.triage.classifier.ShippedModel;
import org.fengqiao.triage.classifier.TextModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The model in use. Loaded once (the shipped one as version 1 unless the database names another active version)
 * and swapped whole when an admin activates a version. Every {@code fengqiao.triage.model-refresh} the instance
 * asks the database which version is active, so a version activated on another instance takes over here too,
 * without a restart; while one request thread loads it, the others go on with the previous model.
 */
@Component
class ActiveModel {

    private static final Logger log = LoggerFactory.getLogger(ActiveModel.class);

    /** A model and its version number. */
    record Loaded(int version, TextModel model) {
    }

    private final ModelVersions versions;
    private final TriageSettings settings;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Loaded current;
    private volatile long checkedAt;

    ActiveModel(ModelVersions versions, TriageSettings settings) {
        this.versions = versions;
        this.settings = settings;
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
        } else if (System.nanoTime() - checkedAt >= settings.modelRefresh().toNanos()) {
            refresh();
            loaded = current;
        }
        return loaded;
    }

    /** Switches to a stored version; the caller has marked it active. */
    synchronized void use(int version) {
        current = new Loaded(version, model(version));
        checkedAt = System.nanoTime();
    }

    private void refresh() {
        if (!refreshing.tryLock()) {
            return;
        }
        try {
            checkedAt = System.nanoTime();
            int stored = versions.activeVersion().orElse(1);
            if (stored != current.version()) {
                synchronized (this) {
                    current = new Loaded(stored, model(stored));
                }
                log.info("Triage model version {} activated elsewhere; now in use here", stored);
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the active triage model version; keeping version {}", current.version(), e);
        } finally {
            refreshing.unlock();
        }
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
        checkedAt = System.nanoTime();
        return new Loaded(version, model);
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}

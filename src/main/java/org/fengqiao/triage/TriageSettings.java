package org.fengqiao.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.triage.*}.
 *
 * @param autoRouteThreshold  confidence from which a case is routed without a dispatcher
 * @param similarityThreshold cosine similarity from which two texts are offered as possible duplicates
 * @param trainingFile        the base training file that a retrain adds the corrections to
 * @param heldOutShare        share of rows held out to evaluate a retrained model before it may be accepted
 * @param autoRouteWindow     only cases submitted this recently are routed by the machine (imported or demo
 *                            histories, which arrive with old submission times, stay with people)
 * @param autoRoute           whether sure cases are routed by the machine at all (the test suite turns it off,
 *                            because its tests drive each case by hand)
 * @param modelRefresh        how often an instance asks the database which model version is active, so that a
 *                            version activated on another instance is used here without a restart
 */
@ConfigurationProperties("fengqiao.triage")
record TriageSettings(@DefaultValue("0.6") double autoRouteThreshold, @DefaultValue("0.5") double similarityThreshold,
        @DefaultValue("../shared/data/gov-messages/train.csv") String trainingFile,
        @DefaultValue("0.2") double heldOutShare, @DefaultValue("1h") java.time.Duration autoRouteWindow,
        @DefaultValue("true") boolean autoRoute, @DefaultValue("10s") java.time.Duration modelRefresh) {
}

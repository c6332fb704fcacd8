package org.fengqiao.open311;

import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.stereotype.Component;

/** Present only in demo mode: the published demo api_key, accepted for the anonymous public. */
@Component
@ConditionalOnDemoData
class DemoKey {

    static final String VALUE = "fengqiao-demo-key";

    boolean matches(String key) {
        return VALUE.equals(key);
    }
}

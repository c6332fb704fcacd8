package org.fengqiao.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment().getProperty("fengqiao.demo-data", "auto");
        if ("auto".equalsIgnoreCase(setting)) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
        return Boolean.parseBoolean(setting);
    }
}

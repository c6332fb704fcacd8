package org.fengqiao.platform;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code spring.datasource.url} is configured: Fengqiao then uses that server. */
class ExternalDatabasePresent extends ExternalDatabaseAbsent {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}

package org.fengqiao.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Demo data is created only with the embedded database (no {@code spring.datasource.url}), unless
 * {@code fengqiao.demo-data} says {@code true} or {@code false} explicitly.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(DemoDataCondition.class)
public @interface ConditionalOnDemoData {
}

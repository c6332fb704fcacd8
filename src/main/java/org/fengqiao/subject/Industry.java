package org.fengqiao.subject;

/** A line of business from the industry table (餐饮, 零售, ...); {@code code} is stable, {@code name} is shown. */
public record Industry(String code, String name) {
}

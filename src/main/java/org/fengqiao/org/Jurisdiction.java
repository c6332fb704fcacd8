package org.fengqiao.org;

import java.util.UUID;

/**
 * A node of the jurisdiction tree. {@code path} lists the codes from the district down
 * ({@code /D01/T01/C01/}), so "inside" is a prefix test in Java and a LIKE in SQL.
 */
public record Jurisdiction(UUID id, UUID parentId, JurisdictionLevel level, String code, String name, String path) {

    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }
}

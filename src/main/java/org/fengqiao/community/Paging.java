package org.fengqiao.community;

/** Page numbers and sizes as clients send them, kept in range: pages count from 0, a page holds 1 to 200 rows. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static int page(int page) {
        return Math.max(0, page);
    }

    static int size(int size) {
        return Math.min(MAX_SIZE, Math.max(1, size));
    }
}

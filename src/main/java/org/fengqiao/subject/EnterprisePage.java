package org.fengqiao.subject;

import java.util.List;

/** One page of a registry search, with the total number of matches. */
public record EnterprisePage(List<Enterprise> items, long total, int page, int size) {

    public EnterprisePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

package org.fengqiao.community;

/** A community (社区/村) as this module uses it: its code, name and jurisdiction path. */
record Community(String code, String name, String path) {
}

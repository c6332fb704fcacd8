package org.fengqiao.shared;

/**
 * A further say over navigation links that roles alone cannot decide (a link for members of a police station, not
 * for every officer). The navigation shows a link only when every gate admits it; a gate answers true for links
 * that are not its concern.
 */
public interface NavGate {

    boolean admits(NavLink link);
}

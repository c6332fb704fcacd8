package org.fengqiao.notify;

/**
 * An event that people must hear about. Other modules' events implement it (so notify never imports them); each
 * one published in a transaction is delivered after commit through the event publication registry.
 */
public interface Notifiable {

    Notice notice();
}

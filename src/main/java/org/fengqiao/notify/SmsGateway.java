package org.fengqiao.notify;

/** Sends a text message; provide a bean to connect a real SMS provider (the default only logs, masked). */
public interface SmsGateway {

    void send(String phone, String text) throws Exception;
}

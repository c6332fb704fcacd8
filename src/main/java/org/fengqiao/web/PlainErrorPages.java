package org.fengqiao.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The last resort: a request Tomcat refuses before Spring sees it (a multipart body cut short, a malformed request
 * line) used to get Tomcat's English "HTTP Status 400 – Bad Request" page, with its version. It now gets a short
 * page in Chinese and English with the status only, nothing of the server.
 */
@Configuration(proxyBeanMethods = false)
class PlainErrorPages {

    @Bean
    TomcatContextCustomizer plainErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName());
            }
        };
    }

    /** Tomcat's error report, in our words; instantiated by Tomcat by its class name, hence public. */
    public static class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<title>无法完成操作</title></head><body><h1>无法完成操作</h1>"
                            + "<p>请求无法处理（" + status + "），请返回重试。</p>"
                            + "<p lang=\"en\">The request could not be processed (" + status + ").</p>"
                            + "<p><a href=\"/\">枫桥</a></p></body></html>");
                    out.flush();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is already closed: nothing more to tell it
            }
        }
    }
}

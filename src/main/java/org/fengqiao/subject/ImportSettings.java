package org.fengqiao.subject;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an enterprise import.
 *
 * @param maxFileSize the largest file accepted (below the servlet's own upload limit)
 * @param maxRows     the most data rows one file may carry
 */
@ConfigurationProperties("fengqiao.subject.import")
record ImportSettings(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows) {
}

package org.fengqiao.subject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fengqiao.shared.InvalidInput;

/** Which column of an import file holds which field, recognised by Chinese or English header names. */
final class ImportColumns {

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("name", "企业名称", "名称", "单位名称", "name", "enterprisename", "enterprise");
        alias("creditCode", "统一社会信用代码", "社会信用代码", "信用代码", "creditcode", "uscc", "unifiedsocialcreditcode");
        alias("address", "地址", "经营地址", "注册地址", "address");
        alias("industry", "行业", "所属行业", "industry");
        alias("jurisdiction", "所属辖区", "辖区", "社区", "网格", "所属社区", "所属网格", "jurisdiction", "community", "grid");
        alias("latitude", "纬度", "latitude", "lat");
        alias("longitude", "经度", "longitude", "lon", "lng");
        alias("contactName", "联系人", "contactname", "contact");
        alias("contactPhone", "联系电话", "联系人电话", "电话", "手机", "contactphone", "phone", "mobile");
        alias("creditStatus", "信用状况", "信用状态", "信用等级", "creditstatus", "credit");
    }

    static final List<String> REQUIRED = List.of("name", "creditCode", "address", "industry", "jurisdiction");

    /** field → column index */
    private final Map<String, Integer> index;
    /** field → header text as written in the file, to name columns in the error report */
    private final Map<String, String> headers;

    private ImportColumns(Map<String, Integer> index, Map<String, String> headers) {
        this.index = index;
        this.headers = headers;
    }

    static ImportColumns of(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = ALIASES.get(normalise(header.get(i)));
            if (field != null && !index.containsKey(field)) {
                index.put(field, i);
                headers.put(field, header.get(i).strip());
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw new InvalidInput("file", "subject.import.missingColumn", required);
            }
        }
        return new ImportColumns(index, headers);
    }

    Map<String, String> values(List<String> cells) {
        Map<String, String> v = new HashMap<>();
        index.forEach((field, i) -> v.put(field, i < cells.size() ? cells.get(i) : null));
        return v;
    }

    /** The header the file used for this field, or null when the file has no such column. */
    String header(String field) {
        return headers.get(field);
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            ALIASES.put(normalise(n), field);
        }
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s_\\-*（）()]", "")
                .toLowerCase(Locale.ROOT);
    }
}

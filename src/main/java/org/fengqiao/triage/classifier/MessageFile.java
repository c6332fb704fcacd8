package org.fengqiao.triage.classifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads message files with the header {@code id,title,body,time,label} (columns found by name). */
public final class MessageFile {

    private MessageFile() {
    }

    public static List<LabelledMessage> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    public static List<LabelledMessage> read(Reader in, String name) {
        List<List<String>> rows = Csv.parse(in);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty file");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        int id = header.indexOf("id");
        int title = header.indexOf("title");
        int body = header.indexOf("body");
        int label = header.indexOf("label");
        if (title < 0 || body < 0 || label < 0) {
            throw new IllegalArgumentException(name + ": header must name id,title,body,time,label but is " + header);
        }
        List<LabelledMessage> messages = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() < header.size()) {
                throw new IllegalArgumentException(name + ": record " + r + " has " + row.size() + " fields, expected "
                        + header.size());
            }
            messages.add(new LabelledMessage(id < 0 ? String.valueOf(r) : row.get(id), row.get(title), row.get(body),
                    row.get(label).strip()));
        }
        return messages;
    }
}

package org.fengqiao.triage.classifier;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.corpus.io.ResourceIOAdapter;

/**
 * HanLP's dictionaries read whole into memory before HanLP parses them. HanLP sizes its reads by
 * {@code available()}, which a resource inside the application's nested jar answers in small pieces: reading
 * whole cuts the dictionary load inside {@code fengqiao.jar} from seconds to well under one.
 */
final class WholeResources implements IIOAdapter {

    private final IIOAdapter writes = new ResourceIOAdapter();

    @Override
    public InputStream open(String path) throws IOException {
        InputStream in = IOUtil.isResource(path) ? IOUtil.getResourceAsStream("/" + path) : new FileInputStream(path);
        if (in == null) {
            throw new IOException("no HanLP resource " + path);
        }
        try (in) {
            return new ByteArrayInputStream(in.readAllBytes());
        }
    }

    @Override
    public OutputStream create(String path) throws IOException {
        return writes.create(path);
    }
}

package org.fengqiao.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two wire formats of GeoReport v2, chosen by the path suffix. A document is maps (elements, in order),
 * lists (repeated elements named by {@link #singular}) and scalars; JSON writes nulls, XML leaves them out.
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON), XML(MediaType.TEXT_XML);

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Open311Format of(String suffix) {
        return switch (suffix == null ? "" : suffix) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Failure(HttpStatus.NOT_FOUND, "open311.error.format", suffix);
        };
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** Renders a root element (XML) or the bare value (JSON). */
    String render(String root, Object document) {
        if (this == JSON) {
            return JSON_MAPPER.writeValueAsString(document);
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, document);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                element(xml, singular(name), item);
            }
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }

    /** The element name of one item of a list element, as the GeoReport v2 XML examples name them. */
    static String singular(String list) {
        return switch (list) {
            case "service_requests" -> "request";
            case "attributes" -> "attribute";
            case "values" -> "value";
            case "endpoints" -> "endpoint";
            case "formats" -> "format";
            case "services" -> "service";
            case "errors" -> "error";
            default -> "item";
        };
    }
}

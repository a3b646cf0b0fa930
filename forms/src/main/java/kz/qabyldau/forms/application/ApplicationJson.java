package kz.qabyldau.forms.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;

/** Reads and writes applications in the {@code qabyldau.application/1} JSON format. */
public final class ApplicationJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ApplicationJson() {
    }

    /**
     * Parses an application.
     *
     * @throws ApplicationFormatException with the path of the field at fault
     */
    public static Application read(String json) throws ApplicationFormatException {
        try {
            Application app = MAPPER.readValue(json, Application.class);
            if (app == null) {
                throw new ApplicationFormatException("", "the file is empty", null);
            }
            return app;
        } catch (UnrecognizedPropertyException e) {
            throw new ApplicationFormatException(path(e), "unknown property '" + e.getPropertyName() + "'", e);
        } catch (InvalidFormatException e) {
            throw new ApplicationFormatException(path(e),
                    "'" + e.getValue() + "' is not " + expected(e.getTargetType()), e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Application.BadValue bad) {
                String at = path(e);
                throw new ApplicationFormatException(at.isEmpty() ? bad.field() : at + "." + bad.field(),
                        bad.getMessage(), e);
            }
            throw new ApplicationFormatException(path(e), cause.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new ApplicationFormatException(path(e), firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ApplicationFormatException("",
                    "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()), e);
        }
    }

    /** The application as pretty-printed JSON. */
    public static String write(Application application) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(application);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an application always serialises", e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == LocalDateTime.class || TemporalAccessor.class.isAssignableFrom(type)) {
            return "a date and time (yyyy-MM-ddTHH:mm)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

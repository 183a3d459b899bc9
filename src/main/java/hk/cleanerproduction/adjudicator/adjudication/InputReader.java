package hk.cleanerproduction.adjudicator.adjudication;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JSON (or a JSON tree built from a CSV row) into a validated input, or names every bad field.
 * Binding problems (an unknown enum value, a date that does not parse, a word where a number belongs,
 * an unknown field) are collected rather than thrown at the first, then Jakarta Validation adds the
 * rest (missing fields, formats, ranges, the facts a connection needs).
 */
public final class InputReader {

    private static final ValidatorFactory VALIDATORS = Validation.buildDefaultValidatorFactory();

    private final JsonMapper mapper;
    private final Validator validator = VALIDATORS.getValidator();

    public InputReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public InputReader() {
        this(Json.mapper());
    }

    public <T> T read(String json, Class<T> type) {
        // bound straight from the text: building a tree first and binding that was a second pass over
        // every request (~3% of the service's CPU)
        Map<String, FieldError> errors = new LinkedHashMap<>();
        T value;
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnObject();
            }
            // what follows the object is checked here, to be answered as bad JSON rather than as a binding error
            value = binder(type, errors).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
            if (parser.nextToken() != null) {
                throw notJson("more follows the object");
            }
        } catch (DatabindException e) {
            throw bindingFailed(e, errors);
        } catch (JacksonException e) {
            throw notJson(e.getOriginalMessage());
        }
        return validated(value, errors);
    }

    public <T> T read(JsonNode tree, Class<T> type) {
        if (tree == null || !tree.isObject()) {
            throw notAnObject();
        }
        Map<String, FieldError> errors = new LinkedHashMap<>();
        T value;
        try {
            value = binder(type, errors).readValue(tree);
        } catch (JacksonException e) {
            // from a tree, a number too large for its field is not a binding problem but a read one: named all the same
            throw bindingFailed(e, errors);
        }
        return validated(value, errors);
    }

    private ObjectReader binder(Class<?> type, Map<String, FieldError> errors) {
        return mapper.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withHandler(new CollectingHandler(errors));
    }

    private <T> T validated(T value, Map<String, FieldError> errors) {
        for (ConstraintViolation<T> v : validator.validate(value)) {
            // a list item's path ends in ".<list element>" in Hibernate Validator; the index names it already
            String field = v.getPropertyPath().toString().replace(".<list element>", "");
            // a field that did not bind is already reported; "must not be null" would only repeat it
            errors.putIfAbsent(field, new FieldError(field, v.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(sorted(errors), value);
        }
        return value;
    }

    /** A binding error that stopped the binding: reported with the problems collected before it. */
    private static InvalidInputException bindingFailed(JacksonException e, Map<String, FieldError> errors) {
        errors.putIfAbsent(path(e), new FieldError(path(e), plain(e)));
        return new InvalidInputException(sorted(errors));
    }

    private static InvalidInputException notAnObject() {
        return new InvalidInputException(List.of(new FieldError("$", "must be a JSON object")));
    }

    private static InvalidInputException notJson(String why) {
        return new InvalidInputException(List.of(new FieldError("$", "is not valid JSON: " + why)));
    }

    private static List<FieldError> sorted(Map<String, FieldError> errors) {
        List<FieldError> list = new ArrayList<>(errors.values());
        list.sort(Comparator.comparing(FieldError::field));
        return list;
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    /** Jackson's words without where in the text it was, and never a Java type's name. */
    private static String plain(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.startsWith("Numeric value") && m.contains("out of range")) {
            return "is out of range";
        }
        int cut = m.indexOf(" at [Source");
        String text = cut > 0 ? m.substring(0, cut) : m;
        if (text.contains("`") || text.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Za-z].*")) {
            return text.startsWith("Cannot coerce empty String") ? "must not be empty" : "has the wrong type of value";
        }
        return text;
    }

    /** The dotted path of the value the parser stands on. */
    static String currentPath(JsonParser p) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.add(0, "." + c.currentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : (joined.isEmpty() ? "$" : joined);
    }

    /** Records each binding problem on its field and carries on with null, so that all are found in one pass. */
    private static final class CollectingHandler extends DeserializationProblemHandler {

        private final Map<String, FieldError> errors;

        CollectingHandler(Map<String, FieldError> errors) {
            this.errors = errors;
        }

        private Object record(DeserializationContext ctxt, String message) {
            String field = currentPath(ctxt.getParser());
            errors.putIfAbsent(field, new FieldError(field, message));
            return null;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            String parent = currentPath(p);
            String name = propertyName.isEmpty() ? "\"\"" : propertyName; // a key of no characters still has a name
            String field = !propertyName.isEmpty() && parent.endsWith(propertyName) ? parent
                    : parent.equals("$") || parent.isEmpty() ? name : parent + "." + name;
            errors.putIfAbsent(field, new FieldError(field, "is not a field of this input"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            return record(ctxt, describe(targetType, valueToConvert));
        }

        /** An object's place holds text, a number or true/false: named like any other value of the wrong type. */
        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                JsonParser p, String msg) {
            return record(ctxt, "must be an object, not " + tokenName(p.currentToken()));
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            return record(ctxt, describe(targetType, String.valueOf(valueToConvert)));
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            Object result = record(ctxt, "must be " + expected(targetType.getRawClass()) + ", not " + tokenName(t));
            p.skipChildren();
            return result;
        }

        private static String describe(Class<?> targetType, String value) {
            if (targetType.isEnum()) {
                List<String> names = new ArrayList<>();
                for (Object c : targetType.getEnumConstants()) {
                    names.add(((Enum<?>) c).name());
                }
                return "'" + value + "' is not one of " + String.join(", ", names);
            }
            return "'" + value + "' is not " + expected(targetType);
        }

        private static String expected(Class<?> type) {
            String name = type.getSimpleName();
            return switch (name) {
                case "LocalDate" -> "a date (YYYY-MM-DD)";
                case "BigDecimal", "Double", "double" -> "a number";
                case "Integer", "int", "Long", "long" -> "a whole number";
                case "Boolean", "boolean" -> "true or false";
                case "String" -> "text";
                default -> type.isEnum() ? "one of the listed values" : "a " + name;
            };
        }

        private static String tokenName(JsonToken t) {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                default -> String.valueOf(t);
            };
        }
    }
}

package org.kmslab.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one Jackson mapper shaped like AWS JSON 1.1: members in UpperCamelCase (so the engine's record component
 * {@code keyId} is {@code KeyId} and {@code aWSAccountId} is {@code AWSAccountId}), blobs as standard base64
 * strings, timestamps as epoch seconds (a JSON number, with milliseconds as a fraction), null members omitted.
 *
 * <p>Reading is strict about types (a number is not a string, {@code "true"} is not a boolean, 1.5 is not an
 * integer) and lenient about unknown members, which are ignored as AWS's JSON services do for forward
 * compatibility. Every failure surfaces as a {@link tools.jackson.core.JacksonException} that
 * {@link KmsGateway} turns into a {@code SerializationException}.
 */
final class AwsJson {

    /** The shared mapper; Jackson mappers are immutable and thread-safe once built. */
    static final JsonMapper MAPPER = mapper();

    private AwsJson() {
    }

    private static JsonMapper mapper() {
        SimpleModule aws = new SimpleModule("aws-json-1.1")
                .addSerializer(Instant.class, new EpochSecondsSerializer())
                .addDeserializer(Instant.class, new EpochSecondsDeserializer())
                .addDeserializer(byte[].class, new StrictBase64Deserializer());
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(aws)
                .build();
    }

    /** Writes an instant as epoch seconds, e.g. {@code 1764412800.123}, the way AWS writes timestamps. */
    private static final class EpochSecondsSerializer extends ValueSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            long millis = value.toEpochMilli();
            gen.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
        }
    }

    /** Reads epoch seconds, integral or fractional; anything else is a serialization error. */
    private static final class EpochSecondsDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            BigDecimal seconds = p.getDecimalValue();
            long millis = seconds.movePointRight(3).longValue();
            return Instant.ofEpochMilli(millis);
        }
    }

    /** Blobs are base64 strings; a non-string or bad base64 is a serialization error, never silently empty. */
    private static final class StrictBase64Deserializer extends ValueDeserializer<byte[]> {
        @Override
        public byte[] deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
            }
            String text = p.getString();
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new BadBase64Exception(p);
            }
        }
    }

    /** Raised for a blob member whose string is not base64. */
    static final class BadBase64Exception extends tools.jackson.databind.exc.InvalidFormatException {
        BadBase64Exception(JsonParser p) {
            super(p, "not valid base64", null, byte[].class);
        }
    }
}

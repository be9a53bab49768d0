package dev.corpora.rest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import java.math.BigInteger;
import java.util.List;

/**
 * The spec's formats that the validator does not check the way the service needs: {@code date-time} as
 * {@link Rfc3339} reads it (years 1 to 9999), and numbers that fit the Java type they bind to.
 */
final class ContractFormats {
    static final String DATE_TIME = "date-time";
    static final String INT32 = "int32";
    static final String INT64 = "int64";
    static final String DOUBLE = "double";

    private ContractFormats() {
    }

    static List<Format> all() {
        return List.of(new DateTime(), new IntegerRange(INT32, Integer.MIN_VALUE, Integer.MAX_VALUE),
                new IntegerRange(INT64, Long.MIN_VALUE, Long.MAX_VALUE), new FiniteDouble());
    }

    private static final class DateTime implements Format {
        @Override
        public String getName() {
            return DATE_TIME;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return Rfc3339.parse(value).isPresent();
        }
    }

    private record IntegerRange(String name, long min, long max) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schema, JsonNode value) {
            if (!value.isIntegralNumber()) {
                return true;
            }
            BigInteger number = value.bigIntegerValue();
            return number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0;
        }
    }

    private static final class FiniteDouble implements Format {
        @Override
        public String getName() {
            return DOUBLE;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schema, JsonNode value) {
            return !value.isNumber() || Double.isFinite(value.doubleValue());
        }
    }
}

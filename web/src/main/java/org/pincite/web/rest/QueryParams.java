package org.pincite.web.rest;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read strictly: a wrong value is a 400 that names the parameter (as {@link
 * WebApplicationMapper} answers it), never a 500 or a silent "any".
 */
final class QueryParams {
  private QueryParams() {}

  static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          name + "='" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + "='" + value + "' is not a date like 2018-02-01");
    }
  }

  static Long number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + "='" + value + "' is not a number");
    }
  }

  static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new BadRequestException(name + "='" + value + "' is neither true nor false");
    };
  }
}

package org.pincite.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body that JSON-B cannot read (broken JSON, a value of the wrong type, an unknown enum
 * constant): 400 naming the field and what it takes, e.g. "stance must be one of SUPPORTS, REFUTES,
 * CONTEXT".
 *
 * <p>Liberty's JSON-B provider throws the {@link JsonbException} from {@code readFrom}; the
 * restfulWS runtime wraps it in its own reader exception and consults only a mapper for the cause's
 * exact class, so this maps {@code JsonbException} itself. Yasson names the property for a wrong
 * type ("Unable to deserialize property 'startPage' …") but not for an unknown enum constant ("No
 * enum constant ….Stance.EVIL"): the field is then found in the resource method's body type.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {
  private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");
  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)");
  private static final String INTERNAL = "Internal error: ";

  @Context ResourceInfo resource;

  @Override
  public Response toResponse(JsonbException e) {
    return ErrorBody.response(Response.Status.BAD_REQUEST, describe(e));
  }

  private String describe(JsonbException e) {
    Optional<Type> body = bodyType();
    String message = String.valueOf(e.getMessage());
    Matcher constant = ENUM_CONSTANT.matcher(message);
    if (constant.find()) {
      Optional<Class<?>> enumType = body.flatMap(t -> enumNamed(t, constant.group(1)));
      if (enumType.isPresent()) {
        List<String> fields = new ArrayList<>();
        body.ifPresent(t -> pathsOf(t, enumType.get(), "", fields, 0));
        String field = fields.isEmpty() ? "a field" : String.join(" or ", fields);
        return field
            + " must be one of "
            + names(enumType.get())
            + " (not '"
            + constant.group(2)
            + "')";
      }
    }
    Matcher property = PROPERTY.matcher(message);
    if (property.find()) {
      String field = property.group(1);
      Optional<Type> type = body.flatMap(t -> typeOf(t, field, 0));
      return field
          + " must be "
          + type.map(MalformedBodyMapper::expected).orElse("of another type");
    }
    String detail = message.startsWith(INTERNAL) ? message.substring(INTERNAL.length()) : message;
    return "The request body is not valid JSON: " + detail;
  }

  /** The type of the resource method's entity parameter: the one without a JAX-RS annotation. */
  private Optional<Type> bodyType() {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return Optional.empty();
    }
    return Arrays.stream(method.getParameters())
        .filter(MalformedBodyMapper::isEntity)
        .map(Parameter::getParameterizedType)
        .findFirst();
  }

  private static boolean isEntity(Parameter p) {
    return Arrays.stream(p.getAnnotations())
        .noneMatch(
            a ->
                a.annotationType().getPackageName().equals("jakarta.ws.rs")
                    || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
  }

  private static Optional<Class<?>> enumNamed(Type root, String className) {
    List<Class<?>> found = new ArrayList<>();
    walk(
        root,
        0,
        c -> {
          if (c.isEnum() && c.getName().equals(className)) {
            found.add(c);
          }
        });
    return found.stream().findFirst();
  }

  private static void walk(Type type, int depth, java.util.function.Consumer<Class<?>> visit) {
    if (depth > 5) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw == null) {
      return;
    }
    visit.accept(raw);
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        walk(argument, depth + 1, visit);
      }
    }
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        walk(c.getGenericType(), depth + 1, visit);
      }
    }
  }

  /** Where in the body a value of {@code wanted} goes: "stance", "parties[].role". */
  private static void pathsOf(
      Type type, Class<?> wanted, String prefix, List<String> out, int depth) {
    Class<?> raw = raw(type);
    if (raw == null || depth > 5) {
      return;
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      pathsOf(p.getActualTypeArguments()[0], wanted, prefix + "[]", out, depth + 1);
    } else if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
        if (raw(c.getGenericType()) == wanted) {
          out.add(path);
        } else {
          pathsOf(c.getGenericType(), wanted, path, out, depth + 1);
        }
      }
    }
  }

  private static Optional<Type> typeOf(Type type, String field, int depth) {
    Class<?> raw = raw(type);
    if (raw == null || depth > 5) {
      return Optional.empty();
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      return typeOf(p.getActualTypeArguments()[0], field, depth + 1);
    }
    if (!raw.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent c : raw.getRecordComponents()) {
      if (c.getName().equals(field)) {
        return Optional.of(c.getGenericType());
      }
    }
    for (RecordComponent c : raw.getRecordComponents()) {
      Optional<Type> nested = typeOf(c.getGenericType(), field, depth + 1);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  /** What a field of this type takes, in words. */
  static String expected(Type type) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return "of another type";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return type instanceof ParameterizedType p
          ? "a list of " + plural(expected(p.getActualTypeArguments()[0]))
          : "a list";
    }
    if (raw.isEnum()) {
      return "one of " + names(raw);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "a whole number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return "a date like 2024-02-29";
    }
    if (raw == String.class) {
      return "a text";
    }
    return "an object";
  }

  private static String plural(String what) {
    return what.replaceFirst("^an? ", "").replaceFirst("^(whole number|text|object|date)", "$1s");
  }

  private static String names(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}

package org.pincite.service.loadfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paths inside a volume as load files write them ({@code .\IMAGES\001\ABC0000001.tif}: relative to
 * the load file, backslashes) and as Pincite uses them ({@code IMAGES/001/ABC0000001.tif}).
 */
public final class VolumePath {
  private VolumePath() {}

  /** {@code IMAGES/001/A.tif} as a load file writes it: {@code .\IMAGES\001\A.tif}. */
  public static String toLoadFile(String relative) {
    String p = relative.replace('\\', '/');
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    return ".\\" + p.replace('/', '\\');
  }

  /**
   * Where in an archive the file a load file at {@code loadFile} ({@code VOL001/DATA/VOL001.dat})
   * names as {@code named} may be, most likely first: beside the load file ({@code
   * VOL001/DATA/...}), in the folder above it, the volume's root, where vendors (and Pincite) mean
   * {@code .\IMAGES\...} ({@code VOL001/IMAGES/...}), and from the archive's root. Each once; empty
   * when the name climbs out of the archive or is absolute.
   */
  public static List<String> candidates(String loadFile, String named) {
    String folder = parent(loadFile.replace('\\', '/'));
    List<String> out = new ArrayList<>();
    for (String base : new String[] {folder, parent(folder), ""}) {
      resolve(base, named).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    return out;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * The path a load file names, relative to the folder the load file is in, as forward-slash
   * segments without "." ({@code ..\IMAGES\A.tif} from {@code DATA} is {@code IMAGES/A.tif} of the
   * volume when {@code loadFileFolder} is {@code DATA}); empty when blank or when it climbs out of
   * the volume or is absolute (a drive letter, a UNC share).
   */
  public static Optional<String> resolve(String loadFileFolder, String named) {
    if (named == null || named.isBlank()) {
      return Optional.empty();
    }
    String p = named.strip().replace('\\', '/');
    if (p.matches("^[A-Za-z]:.*") || p.startsWith("//")) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    if (!p.startsWith("/") && loadFileFolder != null) {
      for (String s : loadFileFolder.replace('\\', '/').split("/")) {
        if (!s.isEmpty() && !s.equals(".")) {
          segments.add(s);
        }
      }
    }
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(s);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }
}

package org.pincite.service.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;

/** Page images of a real court opinion (23 letter-size pages), rendered once and then cached. */
class PageImagesTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path cacheDir;
  private PageImages images;
  private Corpus.Entry opinion;
  private byte[] pdf;

  @BeforeEach
  void openOpinion() throws IOException {
    images = new PageImages(cacheDir);
    opinion = Corpus.entries("pdf/court_cl_10thCircuit-06-6247.pdf").get(0);
    assertTrue(opinion.special().contains("23 pp"), opinion.special());
    pdf = Files.readAllBytes(opinion.path());
  }

  @Test
  void pagesArePngsOfTheRightSizeAndTheSecondCallIsServedFromTheCache() throws IOException {
    for (int page : List.of(1, 2)) {
      byte[] png = images.png(opinion.sha256(), pdf, null, page, 100);
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertEquals(850, image.getWidth(), 2, "8.5 in at 100 dpi");
      assertEquals(1100, image.getHeight(), 2, "11 in at 100 dpi");

      Path cached = cacheDir.resolve(opinion.sha256()).resolve(page + "-100.png");
      assertTrue(Files.isRegularFile(cached), cached.toString());
      assertArrayEquals(png, Files.readAllBytes(cached));
      assertArrayEquals(png, images.png(opinion.sha256(), pdf, null, page, 100));
      // Served from the cache: the PDF is not even opened again.
      assertArrayEquals(png, images.png(opinion.sha256(), new byte[0], null, page, 100));
    }
    assertFalse(
        Arrays.equals(
            images.png(opinion.sha256(), pdf, null, 1, 100),
            images.png(opinion.sha256(), pdf, null, 2, 100)));
    try (var files = Files.list(cacheDir.resolve(opinion.sha256()))) {
      assertEquals(
          List.of("1-100.png", "2-100.png"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary files left");
    }
  }

  @Test
  void dpiIsKeptWithinBounds() throws IOException {
    BufferedImage large =
        ImageIO.read(new ByteArrayInputStream(images.png(opinion.sha256(), pdf, null, 1, 1200)));
    assertEquals(1700, large.getWidth(), 2, "clamped to 200 dpi");
    BufferedImage small =
        ImageIO.read(new ByteArrayInputStream(images.png(opinion.sha256(), pdf, null, 1, 1)));
    assertEquals(306, small.getWidth(), 2, "clamped to 36 dpi");
    assertTrue(Files.isRegularFile(cacheDir.resolve(opinion.sha256()).resolve("1-200.png")));
    assertTrue(Files.isRegularFile(cacheDir.resolve(opinion.sha256()).resolve("1-36.png")));
  }

  @Test
  void pagesOutsideTheDocumentAreRefused() {
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class, () -> images.png(opinion.sha256(), pdf, null, 0, 100));
    assertTrue(zero.getMessage().contains("page 0"), zero.getMessage());
    IllegalArgumentException past =
        assertThrows(
            IllegalArgumentException.class, () -> images.png(opinion.sha256(), pdf, null, 24, 100));
    assertTrue(past.getMessage().contains("23 pages"), past.getMessage());
    assertThrows(IllegalArgumentException.class, () -> images.png("../../etc", pdf, null, 1, 100));
    assertFalse(Files.exists(cacheDir.resolve(opinion.sha256()).resolve("24-100.png")));
  }

  @Test
  void concurrentRequestsForOnePageAllGetTheSameImage() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<byte[]>> calls =
          IntStream.range(0, 8)
              .<Callable<byte[]>>mapToObj(i -> () -> images.png(opinion.sha256(), pdf, null, 3, 72))
              .toList();
      List<Future<byte[]>> results = pool.invokeAll(calls);
      byte[] first = results.get(0).get();
      for (Future<byte[]> result : results) {
        assertArrayEquals(first, result.get());
      }
      assertArrayEquals(
          first, Files.readAllBytes(cacheDir.resolve(opinion.sha256()).resolve("3-72.png")));
    } finally {
      pool.shutdownNow();
    }
  }
}

package london.sanctuary.platform.test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** What a scanner reads from a QR code image (a PNG, or a {@code data:image/png;base64,…} address), with ZXing. */
public final class ScannedQr {

    private ScannedQr() {}

    public static String text(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                return new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
                        .getText();
            } catch (ReaderException missed) {
                // On a drawn image (no camera's blur or angle) ZXing's finder mis-grids about one code in a hundred
                // (300 random personal links: 4, none wrong once read as a pure code); read it as a pure code then
                return new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true))
                        .getText();
            }
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code in the image", e);
        } catch (ReaderException e) {
            throw new AssertionError("The QR code cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String dataUri) {
        String prefix = "data:image/png;base64,";
        if (!dataUri.startsWith(prefix)) {
            throw new AssertionError("Not a PNG data address: " + dataUri.substring(0, Math.min(30, dataUri.length())));
        }
        return text(Base64.getDecoder().decode(dataUri.substring(prefix.length())));
    }
}

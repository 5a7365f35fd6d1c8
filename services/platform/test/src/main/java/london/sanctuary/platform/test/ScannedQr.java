package london.sanctuary.platform.test;

import com.google.zxing.BinaryBitmap;
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
import javax.imageio.ImageIO;

/** What a scanner reads from a QR code image (a PNG, or a {@code data:image/png;base64,…} address), with ZXing. */
public final class ScannedQr {

    private ScannedQr() {}

    public static String text(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)))
                    .getText();
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

package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void the_qr_code_reads_back_as_the_join_address() throws Exception {
        String url = "http://classroom.example:8080/class?code=K7QX2M";
        BitMatrix matrix = QrCode.matrix(url);
        int scale = 4;
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }

    @Test
    void is_drawn_as_one_svg_path_in_a_data_url() {
        String svg = QrCode.svg("http://localhost/class?code=ABC234");
        assertThat(svg).startsWith("<svg").contains("<path").endsWith("</svg>");
        assertThat(QrCode.dataUrl("x")).startsWith("data:image/svg+xml;base64,");
    }
}

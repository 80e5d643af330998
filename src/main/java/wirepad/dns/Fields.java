package wirepad.dns;

/** Range checks for the fixed-width fields of RDATA records (IllegalArgumentException naming the field). */
final class Fields {
    private Fields() {}

    static void u8(int v, String what) {
        if (v < 0 || v > 0xff) throw new IllegalArgumentException(what + " " + v + " is not one octet");
    }

    static void u16(int v, String what) {
        if (v < 0 || v > 0xffff) throw new IllegalArgumentException(what + " " + v + " is not unsigned 16-bit");
    }

    static void u32(long v, String what) {
        if (v < 0 || v > 0xffffffffL) throw new IllegalArgumentException(what + " " + v + " is not unsigned 32-bit");
    }
}

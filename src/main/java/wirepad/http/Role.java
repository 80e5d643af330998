package wirepad.http;

/** Which side of an exchange a message comes from: a request (client → server) or a response. */
public enum Role { REQUEST, RESPONSE }

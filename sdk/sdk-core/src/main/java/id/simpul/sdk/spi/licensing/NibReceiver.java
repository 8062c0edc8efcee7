package id.simpul.sdk.spi.licensing;

/**
 * The inbound side of OSS: what the portal exposes as {@code receiveNIB}. Implemented by the
 * receiving application, not by an adapter.
 *
 * <p>Contract: delivery is at least once. A notification with the same NIB and
 * {@link NibNotification#ossRequestId()} as one already accepted is answered
 * {@link NibReceipt.Outcome#DUPLICATE} with the original reference and processed no further.
 * Implementations are thread-safe; two concurrent deliveries of the same notification yield one
 * {@code ACCEPTED} and one {@code DUPLICATE}.
 */
public interface NibReceiver {

    /**
     * @throws id.simpul.sdk.SimpulClientException when the notification is unacceptable (e.g. a region
     *                                              this node does not serve); OSS is told why
     */
    NibReceipt receive(NibNotification notification);
}

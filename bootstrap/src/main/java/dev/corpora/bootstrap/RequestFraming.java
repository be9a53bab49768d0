package dev.corpora.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Refuses requests whose framing is ambiguous, before anything reads them, and connections that are slow to say
 * what they want:
 * <ul>
 * <li>{@code Content-Length} together with {@code Transfer-Encoding}: two ways to tell where the body ends, the
 * stuff of request smuggling behind a proxy that reads the other one. 400, and the connection is closed.
 * <li>HTTP/1.1 without {@code Host}, which RFC 9112 requires. 400, and closed.
 * <li>A connection that has not sent a whole request head within the header-read timeout
 * ({@code corpora.http.header-read-timeout}) of opening or of its last answer is closed: a client that trickles
 * its headers cannot hold a connection for long.
 * </ul>
 */
@Singleton
final class RequestFraming implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final String HANDLER = "corpora-request-framing";

    private final Duration headerReadTimeout;
    private final HttpDecoderConfig decoding;

    RequestFraming(@Value("${corpora.http.header-read-timeout:10s}") Duration headerReadTimeout,
                   NettyHttpServerConfiguration server) {
        this.headerReadTimeout = headerReadTimeout;
        // what Micronaut gives its own codec
        this.decoding = new HttpDecoderConfig().setMaxInitialLineLength(server.getMaxInitialLineLength())
                .setMaxHeaderSize(server.getMaxHeaderSize()).setMaxChunkSize(server.getMaxChunkSize())
                .setValidateHeaders(server.isValidateHeaders()).setInitialBufferSize(server.getInitialBufferSize());
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null, headerReadTimeout, decoding));
        return event.getBean();
    }

    private record Customizer(Channel channel, Duration headerReadTimeout, HttpDecoderConfig decoding)
            implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel forChannel, ChannelRole role) {
            return new Customizer(forChannel, headerReadTimeout, decoding);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC)
                    instanceof HttpServerCodec && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().replace(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
                        ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, new StrictHttpServerCodec(decoding));
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER,
                        new Check(headerReadTimeout.toMillis()));
            }
        }
    }

    /** One per connection: it holds the connection's header-read deadline. */
    private static final class Check extends ChannelDuplexHandler {
        private final long timeoutMillis;
        private ScheduledFuture<?> deadline;
        private boolean refused;

        Check(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            awaitHead(context);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext context) {
            headArrived();
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (refused) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request) {
                headArrived();
                String problem = framingProblem(request);
                if (problem != null) {
                    refused = true;
                    ReferenceCountUtil.release(message);
                    refuse(context, problem);
                    return;
                }
            }
            context.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            boolean answerComplete = message instanceof LastHttpContent;
            context.write(message, promise);
            if (answerComplete) {
                awaitHead(context);
            }
        }

        private static String framingProblem(HttpRequest request) {
            if (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                    && request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
                return "A request may not carry both Content-Length and Transfer-Encoding";
            }
            if (HttpVersion.HTTP_1_1.equals(request.protocolVersion())
                    && !request.headers().contains(HttpHeaderNames.HOST)) {
                return "An HTTP/1.1 request must carry a Host header";
            }
            return null;
        }

        private static void refuse(ChannelHandlerContext context, String detail) {
            byte[] body = ("{\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        private void awaitHead(ChannelHandlerContext context) {
            headArrived();
            deadline = context.executor().schedule(() -> context.close(), timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void headArrived() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}

package dev.corpora.bootstrap;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Keeps response compression to encodings every HTTP client knows. Netty's compressor answers
 * {@code Accept-Encoding: *} with snappy, which is no registered HTTP content coding, so clients (Prism among
 * them) cannot read the body; this reads {@code *} as {@code gzip} before the compressor sees the request.
 */
@Singleton
final class StandardContentEncodings implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final String HANDLER = "corpora-standard-content-encodings";
    private static final Pattern WILDCARD = Pattern.compile("(^|,)(\\s*)\\*\\s*(?=;|,|$)");

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** {@code *} as {@code gzip}, keeping its quality value: {@code "br, *;q=0.5"} becomes {@code "br, gzip;q=0.5"}. */
    static String withoutWildcard(String acceptEncoding) {
        return WILDCARD.matcher(acceptEncoding).replaceAll("$1$2gzip");
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel forChannel, ChannelRole role) {
            return new Customizer(forChannel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER,
                        RewriteWildcard.INSTANCE);
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class RewriteWildcard extends ChannelInboundHandlerAdapter {
        static final RewriteWildcard INSTANCE = new RewriteWildcard();

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request) {
                String accepted = request.headers().get(HttpHeaderNames.ACCEPT_ENCODING);
                if (accepted != null && accepted.contains("*")) {
                    request.headers().set(HttpHeaderNames.ACCEPT_ENCODING, withoutWildcard(accepted));
                }
            }
            context.fireChannelRead(message);
        }
    }
}

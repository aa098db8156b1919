"""B0: a request/reply round trip on the broker with kombu and no framework.

The responder is a separate process (``multiprocessing``, spawn) with one connection and one
blocking consume loop: it answers each request on its ``reply_to`` queue with the same
``correlation_id`` and acks the request after replying (as nameko does). No publisher confirms on
either side: this is the floor the broker and the network impose.
"""
import socket
import uuid


def responder_main(amqp_uri, queue_name, ready, stop):
    from kombu import Connection, Consumer, Producer, Queue

    with Connection(amqp_uri) as conn:
        channel = conn.channel()
        queue = Queue(queue_name, auto_delete=True, channel=channel)
        queue.declare()
        channel.basic_qos(0, 10, False)
        producer = Producer(channel, serializer="json")

        def on_request(body, message):
            producer.publish({"result": body["args"][0], "error": None},
                             routing_key=message.properties["reply_to"],
                             correlation_id=message.properties["correlation_id"])
            message.ack()

        consumer = Consumer(channel, queues=[queue], callbacks=[on_request], accept=["json"])
        consumer.consume()
        ready.set()
        while not stop.is_set():
            try:
                conn.drain_events(timeout=0.5)
            except socket.timeout:
                pass
        consumer.cancel()


class RawClient:
    """One caller: its own connection, an exclusive reply queue, publish and wait."""

    def __init__(self, amqp_uri, queue_name, timeout=30):
        from kombu import Connection, Consumer, Producer, Queue

        self.queue_name, self.timeout = queue_name, timeout
        self.conn = Connection(amqp_uri)
        self.conn.connect()
        channel = self.conn.channel()
        self.reply_queue = Queue(f"bench.b0.reply.{uuid.uuid4().hex}", exclusive=True,
                                 auto_delete=True, channel=channel)
        self.reply_queue.declare()
        self.replies = {}
        self.consumer = Consumer(channel, queues=[self.reply_queue], no_ack=True, accept=["json"],
                                 callbacks=[self._on_reply])
        self.consumer.consume()
        self.producer = Producer(channel, serializer="json")

    def _on_reply(self, body, message):
        self.replies[message.properties.get("correlation_id")] = body

    def __call__(self, x):
        correlation_id = uuid.uuid4().hex
        self.producer.publish({"args": [x], "kwargs": {}}, routing_key=self.queue_name,
                              reply_to=self.reply_queue.name, correlation_id=correlation_id)
        while correlation_id not in self.replies:
            self.conn.drain_events(timeout=self.timeout)
        return self.replies.pop(correlation_id)["result"]

    def close(self):
        self.conn.release()

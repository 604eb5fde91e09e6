import { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';

/** Titles for the statuses the API answers with, Vietnamese first. */
export const STATUS_TITLES: Record<number, LocalizedText & { slug: string }> = {
  400: { slug: 'bad-request', vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { slug: 'unauthorized', vi: 'Chưa xác thực', en: 'Unauthorized' },
  403: { slug: 'forbidden', vi: 'Không có quyền', en: 'Forbidden' },
  404: { slug: 'not-found', vi: 'Không tìm thấy', en: 'Not found' },
  405: { slug: 'method-not-allowed', vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  409: { slug: 'conflict', vi: 'Xung đột trạng thái', en: 'Conflict' },
  413: { slug: 'payload-too-large', vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
  415: { slug: 'unsupported-media-type', vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
  422: { slug: 'unprocessable', vi: 'Không thể xử lý yêu cầu', en: 'Unprocessable request' },
  429: { slug: 'too-many-requests', vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { slug: 'internal-error', vi: 'Lỗi hệ thống', en: 'Internal server error' },
  503: { slug: 'service-unavailable', vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
};

export function titleOf(status: number): LocalizedText & { slug: string } {
  return STATUS_TITLES[status] ?? (status >= 500 ? STATUS_TITLES[500] : STATUS_TITLES[400]);
}

import { Spin } from 'antd';

export function PageSpinner() {
  return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
}
